import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console lives in web/; env vars come from the environment (VITE_SUPABASE_URL, VITE_SUPABASE_ANON_KEY).
export default defineConfig({
  root: 'web',
  envDir: '..',
  plugins: [react()],
  // Route pages are lazy: transform them while the server idles, so a page's first visit does not wait for it.
  server: { host: '127.0.0.1', strictPort: true, warmup: { clientFiles: ['./src/main.tsx', './src/routes/**/*.tsx'] } },
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
