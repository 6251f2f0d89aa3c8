import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { documentStylesheet } from './scripts/document-stylesheet-plugin'
import { contentSecurityPolicyMeta } from './src-main/main/content-security-policy'

/**
 * The renderer's Content-Security-Policy as a meta tag, from the one module that also writes the app:// header:
 * the built app's policy, or the dev server's (inline styles for hot reload, its websocket) while developing.
 */
function contentSecurityPolicy(): Plugin {
  let target: 'built-app' | 'dev-server' = 'built-app'
  return {
    name: 'alliance-content-security-policy',
    configResolved(config) {
      target = config.command === 'serve' ? 'dev-server' : 'built-app'
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyMeta(target) },
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
