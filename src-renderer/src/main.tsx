import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { createAppRouter } from './app/router'
import { ReferenceProvider } from './app/reference-context'
import { StartupGate } from './app/StartupGate'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <StartupGate>
      <ReferenceProvider>
        <RouterProvider router={createAppRouter()} />
      </ReferenceProvider>
    </StartupGate>
  </StrictMode>
)
