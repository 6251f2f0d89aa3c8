/**
 * Encryption of private keys at rest by the operating system, bound to the user's account (Windows DPAPI, macOS
 * Keychain, libsecret on Linux). The Electron shell provides it with `safeStorage`; the CLI and tests have none, and
 * keys are then protected by a passphrase instead.
 */
export interface KeySealer {
  /** False when the system offers no protection (no keyring on Linux, for example). */
  isAvailable(): boolean
  seal(plain: string): Buffer
  open(sealed: Buffer): string
}

export const NO_KEY_SEALER: KeySealer = {
  isAvailable: () => false,
  seal: () => {
    throw new Error('no system key protection here')
  },
  open: () => {
    throw new Error('no system key protection here')
  }
}
