// Registers the service worker (built by vite-plugin-pwa: scripts/vite-offline.ts) and tells the
// reader what it did: "오프라인에서도 볼 수 있어요" once the site is stored, and a prompt when a new
// version was deployed. Loaded after the first paint; where service workers are unavailable
// (or blocked) the site simply stays online-only.
import { registerSW } from 'virtual:pwa-register';
import { markOfflineReady } from './offlineReady';
import { prepareToasts, showToast } from './toast';

export function startOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  prepareToasts(); // the status region, well before the first notice
  const update = registerSW({
    onOfflineReady() {
      markOfflineReady();
      showToast(
        '오프라인에서도 볼 수 있어요: 모든 장과 위젯을 이 기기에 저장했어요. MNIST 데이터와 책의 가중치는 처음 쓸 때 저장돼요.',
      );
    },
    onNeedRefresh() {
      showToast('새 버전이 나왔어요.', [
        { label: '새 버전으로 다시 열기', run: () => void update(true) },
      ]);
    },
    onRegisterError(error: unknown) {
      console.warn('[offline] service worker not registered:', error);
    },
  });
}
