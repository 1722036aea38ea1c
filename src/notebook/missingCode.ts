// A widget's code that could not be fetched: the network went away before it was ever stored, or
// the site was deployed again and the file it names is gone. Each browser words it its own way
// (Chromium, Firefox, Safari); trying again is no use (React keeps the failed import), a reload is.
const MISSING_CODE = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
];

export function isMissingCode(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return MISSING_CODE.some((re) => re.test(message));
}
