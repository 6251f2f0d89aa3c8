import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'sqlite3', 'kysely']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      // A new status, type or kind must be handled wherever the code switches on it.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false }
      ]
    }
  },
  {
    // Modules that import each other, directly or through others, make the layers impossible to read.
    files: ['src-main/**/*.{ts,tsx}', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      'import-x/extensions': ['.ts', '.tsx']
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
  },
  {
    // Migrations are frozen against an untyped schema on purpose.
    files: ['src-main/db/migrations/**', 'src-main/db/migrator.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'test/components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  {
    files: ['src-renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Focus moves only to the first action of a confirmation the user has just opened, never on page load.
      'jsx-a11y/no-autofocus': 'off',
      // A scrollable region must be reachable from the keyboard (WCAG 2.1.1), whatever its role.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['rowgroup', 'region'] }]
    }
  },
  {
    // Pure domain code: shared by main and renderer, imports neither Node nor Electron.
    files: ['src-main/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeModules], message: 'src-main/shared is pure: no Node, no Electron.' }
          ]
        }
      ]
    }
  },
  {
    // Services and the data layer run in plain Node: no Electron.
    files: ['src-main/services/**', 'src-main/db/**', 'src-main/ipc/**', 'src-main/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Services run in plain Node: keep Electron in src-main/main.' }
          ]
        }
      ]
    }
  },
  {
    // The renderer reaches the main process only through window.api.
    files: ['src-renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeModules],
              message: 'The renderer never touches Node: use window.api.'
            },
            {
              group: ['**/src-main/*', '!**/src-main/shared', '**/src-main/!(shared)/**'],
              message: 'The renderer may import only src-main/shared.'
            }
          ]
        }
      ]
    }
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked]
  }
)
