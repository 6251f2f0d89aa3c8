import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { createAppRouter } from './app/router'
import { ReferenceProvider } from './app/reference-context'
import { FirstRunGate } from './app/FirstRunGate'
import { startFrenchTypography } from './app/french-typography-layer'
import { StartupGate } from './app/StartupGate'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
startFrenchTypography(root)

createRoot(root).render(
  <StrictMode>
    <StartupGate>
      <ReferenceProvider>
        <FirstRunGate>
          <RouterProvider router={createAppRouter()} />
        </FirstRunGate>
      </ReferenceProvider>
    </StartupGate>
  </StrictMode>
)
