import { NavLink, Outlet, useLocation } from 'react-router'
import { GlobalSearch } from '../components/global-search/GlobalSearch'
import { HomeRefreshProvider, useHomeRefresh } from '../pages/home/home-refresh'
import { BundleOpener } from './BundleOpener'
import { useFocusOnNavigation } from './focus-on-navigation'
import { SkipLinks } from './SkipLinks'

const NAVIGATION = [
  { to: '/', label: 'À traiter' },
  { to: '/conventions', label: 'Conventions' },
  { to: '/portefeuille', label: 'Portefeuille' },
  { to: '/partenaires', label: 'Partenaires' },
  { to: '/besoins', label: 'Besoins locaux' },
  { to: '/echanges', label: 'Échanges' },
  { to: '/verifier', label: 'Vérifier un document' },
  { to: '/reglages', label: 'Réglages' }
] as const

/** The app frame: skip links, main navigation, and the page, whose title takes focus after each navigation. */
export function Layout() {
  const { pathname } = useLocation()
  useFocusOnNavigation()

  return (
    <HomeRefreshProvider pathname={pathname}>
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
                  <NavLink to={item.to} end={item.to === '/'}>
                    {item.label}
                    {item.to === '/' ? <HomeCount /> : null}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <GlobalSearch />
        </aside>
        <main id="contenu" className="content">
          <Outlet />
        </main>
      </div>
    </HomeRefreshProvider>
  )
}

/** How many things wait on the home page, next to its link. */
function HomeCount() {
  const { total } = useHomeRefresh()
  if (total === undefined || total === 0) return null
  return (
    <span className="nav-count">
      {' '}
      {total}
      <span className="visually-hidden"> élément{total > 1 ? 's' : ''}</span>
    </span>
  )
}
