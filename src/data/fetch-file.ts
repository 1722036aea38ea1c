// Fetching the site's data files in the browser (MNIST chunks, the book's weights): a request that
// fails or an HTTP error becomes a Korean message naming the file; a body is read whole, its bytes
// counted as they arrive (for the progress bars).

/** `url`'s response; `what` names the file with its object particle ("MNIST 데이터(mnist.json)를"). */
export async function fetchFile(url: string, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`${what} 받지 못했어요: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  if (!res.ok) throw new Error(`${what} 불러오지 못했어요 (${res.status} ${res.statusText}).`);
  return res;
}

/** The response's whole body; `onBytes(received so far)` after each part. */
export async function readBody(
  res: Response,
  onBytes?: (loaded: number) => void,
): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    n += value.length;
    onBytes?.(n);
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
