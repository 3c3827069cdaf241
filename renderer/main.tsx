/**
 * The renderer's entry: fonts and base styles, the client for this page's
 * transport (desktop bridge or WebSocket), and the app. Who the page is
 * comes from the host (its session), never from the address.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Styles first, so every component's own CSS comes after the base rules it refines.
import './styles/fonts';
import './styles/tokens.css';
import './styles/base.css';
import { createClient } from './api/create-client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App client={createClient()} />
  </StrictMode>,
);
