import { defineConfig } from 'vite';

// The page is built into the service's static resources (Maven runs `npm run build`): no CDN, works offline.
export default defineConfig({
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { main: 'index.html', login: 'login.html' },
      // The page's modules must not import each other in a circle: the build fails on one.
      checks: { circularDependency: true },
      onwarn(warning, warn) {
        if (warning.code === 'CIRCULAR_DEPENDENCY' && !warning.message.includes('node_modules')) throw new Error(warning.message);
        warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // `npm run dev` against a service started with `java -jar api/target/respite-planner.jar`.
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/login': 'http://127.0.0.1:8080', '/logout': 'http://127.0.0.1:8080' } },
});
