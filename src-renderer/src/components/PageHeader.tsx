import type { ReactNode } from 'react'

interface PageHeaderProps {
  title: string
  actions?: ReactNode
  children?: ReactNode
}

/** Page title (focused after each navigation, so screen readers announce the new page) and its actions. */
export function PageHeader({ title, actions, children }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1 tabIndex={-1}>{title}</h1>
        {children}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  )
}
