/**
 * Start-up: pick the platform (Electron's preload or the browser adapter), open the first embedded
 * example, and render. Everything else happens inside the store and the components.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
// The app's styles, in cascade order (each file one part of the screen).
import './styles/base.css';
import './styles/model.css';
import './styles/inspector.css';
import './styles/pages.css';
import './styles/views.css';
import './styles/start.css';
import './styles/headlines.css';
import './styles/canvas.css';
import './styles/workshop.css';
import './styles/responsive.css';
import './styles/monitoring.css';
import './styles/links.css';
import './styles/scenarios.css';
import { App } from './app/App.tsx';
import { TraceHost } from './trace/TraceHost.tsx';
import { createCauswayStore } from './store/createStore.ts';
import { CausewayProvider } from './store/context.tsx';
import { pickPlatform } from './platform/index.ts';
import { EXAMPLES } from './examples.ts';
import { loadScenario } from './engine.ts';

const platform = pickPlatform();
const first = EXAMPLES[0]!;
const outcome = loadScenario(first.text);
if (!outcome.document)
  throw new Error(
    `The embedded example ${first.id} does not load: ${outcome.diagnostics.map((d) => d.message).join(' ')}`,
  );
const store = createCauswayStore(outcome.document, { token: null, name: null });

// Exposed for the browser benchmark and end-to-end tests, which drive the same store the UI uses.
(window as unknown as { __causeway?: unknown }).__causeway = { store };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CausewayProvider store={store} platform={platform}>
      {/* "Why this number?" can be asked from any view, workshop mode included. */}
      <TraceHost>
        <App />
      </TraceHost>
    </CausewayProvider>
  </StrictMode>,
);
