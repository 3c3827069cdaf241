// Lets TypeScript accept what Vite bundles for the renderer: CSS imports, assets, import.meta.env.
/// <reference types="vite/client" />
