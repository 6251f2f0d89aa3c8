import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/ipc/api'
import { CHANNELS } from '../shared/ipc/channels'

// The renderer's only door to the main process: one method per contract channel, nothing else.
contextBridge.exposeInMainWorld(
  'api',
  buildApi(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input))
)
