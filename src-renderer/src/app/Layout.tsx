import { NavLink, Outlet } from 'react-router'
import { BundleOpener } from './BundleOpener'
import { useFocusOnNavigation } from './focus-on-navigation'
import { SkipLinks } from './SkipLinks'

const NAVIGATION = [
  { to: '/conventions', label: 'Conventions' },
  { to: '/partenaires', label: 'Partenaires' },
  { to: '/besoins', label: 'Besoins locaux' },
  { to: '/echanges', label: 'Échanges' },
  { to: '/verifier', label: 'Vérifier un document' },
  { to: '/reglages', label: 'Réglages' }
] as const

/** The app frame: skip link, main navigation, and the page, whose title takes focus after each navigation. */
export function Layout() {
  useFocusOnNavigation()

  return (
    <div className="app">
      <BundleOpener />
      <SkipLinks />
      <aside className="sidebar">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true">
            AD
          </span>
          Alliance Conventions
        </p>
        <nav aria-label="Navigation principale">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="contenu" className="content">
        <Outlet />
      </main>
    </div>
  )
}
