import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Screens wait on real services over SQLite: on a busy 2-core machine an answer can take more than the default 1 s.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => cleanup())
