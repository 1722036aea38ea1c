import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './app/styles.css';
import './app/fonts';
import { afterFirstPaint } from './app/afterFirstPaint';
import { redrawAfterFontLoads } from './app/redrawAfterFontLoads';
import { App } from './app/App';
import { slashToSearch } from './app/search/slashToSearch';
import { carryForcedBackend } from './notebook/links';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root, {
  // A widget that throws is shown as an error card by its boundary; log it as a warning.
  onCaughtError: (error) => console.warn('[widget]', error),
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

carryForcedBackend(); // links to other pages keep a forced ?backend=
slashToSearch(); // "/" goes to the header's search box

redrawAfterFontLoads();
afterFirstPaint();
