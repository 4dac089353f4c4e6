import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';

const vendor = (name: string, pattern: RegExp) => ({ name, test: pattern });

export default defineConfig({
  root: portalRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/portal', import.meta.url)),
    emptyOutDir: true,
    // antd ships its components and CSS-in-JS as one ~1.15 MB chunk (about 375 kB gzipped).
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than our pages: separate chunks cache longer.
        codeSplitting: {
          groups: [
            vendor('react', /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/),
            vendor('antd', /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/),
            vendor('apollo', /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/),
            vendor('charts', /node_modules[\\/](recharts|d3-[^\\/]+|victory-vendor)[\\/]/),
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api },
      '/health': { target: api },
      // The training downloads; /training/… otherwise are portal pages.
      '^/training/(imports/[^/]+/rejections\\.csv|records\\.xlsx)': { target: api },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
