import type { ReactNode } from 'react'

interface AlertProps {
  tone: 'error' | 'success' | 'info'
  children: ReactNode
}

/** A message announced to screen readers: errors interrupt, the rest waits politely. */
export function Alert({ tone, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}
