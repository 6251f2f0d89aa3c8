import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { documentStylesheet } from './scripts/document-stylesheet-plugin'

/**
 * Strict Content-Security-Policy for the renderer: only the app's own scripts and styles, no remote anything.
 * The dev server needs inline styles (hot reload) and its websocket; the built app does not.
 */
function contentSecurityPolicy(): Plugin {
  let isDevServer = false
  return {
    name: 'alliance-content-security-policy',
    configResolved(config) {
      isDevServer = config.command === 'serve'
    },
    transformIndexHtml() {
      const policy = [
        "default-src 'none'",
        "script-src 'self'",
        isDevServer ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        isDevServer ? "connect-src 'self' ws:" : "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'"
      ].join('; ')
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend'
        }
      ]
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/main/index.ts') } }
    }
  },
  preload: {
    // The sandboxed preload cannot require node_modules: bundle everything it imports.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    resolve: { alias: { '@shared': resolve(__dirname, 'src-main/shared') } },
    plugins: [react(), contentSecurityPolicy(), documentStylesheet()],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } }
    }
  }
})
