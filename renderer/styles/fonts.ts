/**
 * The bundled UI font, Noto Sans, in the weights the app uses and the scripts
 * a workshop's text may come in. Vite copies the font files next to the page,
 * so nothing is fetched from the network.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/greek-400.css';
import '@fontsource/noto-sans/greek-600.css';
import '@fontsource/noto-sans/greek-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-700.css';
