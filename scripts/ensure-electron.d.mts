export declare const DOWNLOAD_FAILED_MESSAGE: string
export declare function electronInstallerPath(): string
export declare function ensureElectron(options?: {
  installer?: string
  env?: NodeJS.ProcessEnv
  log?: (text: string) => void
}): Promise<boolean>
