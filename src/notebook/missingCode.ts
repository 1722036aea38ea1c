// A widget's (or a figure's) code that could not be fetched: the network went away before it was
// ever stored, or the site was deployed again and the file it names is gone. Each browser words it
// its own way (Chromium, Firefox, Safari); trying again is no use (React keeps the failed import),
// a reload is.
const MISSING_CODE = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
];

export function isMissingCode(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return MISSING_CODE.some((re) => re.test(message));
}

/** What the reader is told (a widget's frame, an island whose frame's code did not come, a figure). */
export function missingCodeHelp(thing: '위젯' | '그림' | '검색창' = '위젯'): string {
  return `네트워크가 끊겼거나 사이트가 새 버전으로 바뀌어서 이 ${thing}의 코드 파일을 찾지 못했어요. 새로고침하면 다시 불러와요.`;
}
