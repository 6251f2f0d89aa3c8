import { safeStorage } from 'electron'
import type { KeySealer } from '../services/signatures/key-sealer'

/**
 * Signing keys sealed by the user's account: DPAPI on Windows, the Keychain on macOS, libsecret on Linux. Linux
 * without a keyring falls back to a hard-coded password in Electron ("basic_text"): that is no protection, so it
 * counts as unavailable and a passphrase is asked instead.
 */
export function createElectronKeySealer(): KeySealer {
  return {
    isAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    seal: (plain) => safeStorage.encryptString(plain),
    open: (sealed) => safeStorage.decryptString(sealed)
  }
}
