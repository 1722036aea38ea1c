// The home page's note on what this browser keeps: whether the site is stored for offline use,
// how much the data cached on first use takes (MNIST chunks, the book's weights, font subsets),
// and a button that frees it.
import { useCallback, useEffect, useState } from 'react';
import { offlineReady } from './offlineReady';

/** The caches filled on first use (scripts/vite-offline.ts). */
const RUNTIME_CACHES = ['data-and-weights', 'fonts'];

async function cachedBytes(): Promise<number> {
  let total = 0;
  for (const name of RUNTIME_CACHES) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const res = await cache.match(req);
      const len = Number(res?.headers.get('content-length'));
      total += Number.isFinite(len) && len > 0 ? len : ((await res?.blob())?.size ?? 0);
    }
  }
  return total;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function OfflineStorage() {
  const [bytes, setBytes] = useState<number | null>(null);
  const [ready] = useState(offlineReady);
  const measure = useCallback(() => {
    if (typeof caches === 'undefined') return;
    cachedBytes().then(setBytes, () => setBytes(null));
  }, []);
  useEffect(measure, [measure]);
  if (typeof caches === 'undefined') return null;
  const free = async () => {
    for (const name of RUNTIME_CACHES) await caches.delete(name);
    measure();
  };
  return (
    <section className="home-storage" aria-labelledby="home-storage-title">
      <h2 className="home-heading" id="home-storage-title">
        이 기기에 저장된 것
      </h2>
      <p>
        {ready
          ? '모든 장과 위젯을 저장해 두어서 오프라인에서도 볼 수 있어요.'
          : '처음 방문하고 잠시 뒤에 모든 장과 위젯이 저장되어 오프라인에서도 볼 수 있어요.'}{' '}
        처음 쓸 때 저장한 데이터(MNIST, 책의 가중치, 글꼴):{' '}
        <strong data-cached-bytes={bytes ?? undefined}>{bytes === null ? '…' : mb(bytes)}</strong>
      </p>
      <button type="button" onClick={() => void free()} disabled={!bytes}>
        저장한 데이터 지우기
      </button>
    </section>
  );
}
