// A widget island's React root (loaded with the first island that comes near the viewport, and
// React with it): the frame written at build time becomes the live widget in place.
import { startTransition, StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { WidgetFrame } from './WidgetFrame';

export function renderIsland(el: HTMLElement, props: ComponentProps<typeof WidgetFrame>): void {
  const root = createRoot(el, {
    // A widget that throws is shown as an error card by its boundary; log it as a warning.
    onCaughtError: (error) => console.warn('[widget]', error),
  });
  // rendered as a transition: React yields to the browser every few ms, so mounting a widget
  // never blocks scrolling or typing (no long task), even on a slow phone
  startTransition(() =>
    root.render(
      <StrictMode>
        <WidgetFrame {...props} />
      </StrictMode>,
    ),
  );
}
