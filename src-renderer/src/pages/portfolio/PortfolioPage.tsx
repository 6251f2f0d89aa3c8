import { Link } from 'react-router'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { AmountsChart } from './AmountsChart'
import { CountChart } from './CountChart'
import '../home/life.css'

const CONCLUDED_NOTE = 'Conventions signées, en cours, terminées ou résiliées.'
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })

/** `/portefeuille`: the portfolio in charts, each with its table of figures. */
export function PortfolioPage() {
  const { data: stats, error } = useQuery(() => unwrap(api().portfolio.stats({})), [])
  return (
    <>
      <PageHeader title="Portefeuille">
        <p className="page-subtitle">
          {stats
            ? `${stats.total} convention${stats.total > 1 ? 's' : ''} au total, brouillons compris.`
            : ' '}
        </p>
      </PageHeader>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {!stats && !error ? <p className="loading">Chargement…</p> : null}
      {stats && stats.total === 0 ? (
        <EmptyState
          title="Aucune convention"
          action={
            <Link className="button button--primary" to="/conventions/nouvelle">
              Rédiger une convention
            </Link>
          }
        >
          <p>Les graphiques apparaîtront avec les premières conventions.</p>
        </EmptyState>
      ) : null}
      {stats && stats.total > 0 ? (
        <div className="charts">
          <CountChart id="chart-status" title="Conventions par statut" counts={stats.byStatus} />
          <CountChart
            id="chart-type"
            title="Conventions par type de partenariat"
            counts={stats.byType}
            note={CONCLUDED_NOTE}
          />
          <CountChart
            id="chart-engagement"
            title="Conventions par engagement de La Poste"
            counts={stats.byEngagement}
            note={CONCLUDED_NOTE}
          />
          <CountChart
            id="chart-domain"
            title="Conventions par domaine d’actions"
            counts={stats.byDomain}
            note={CONCLUDED_NOTE}
          />
          <AmountsChart years={stats.amountsByYear} />
          <CountChart
            id="chart-achievement"
            title="Atteinte des indicateurs"
            counts={stats.achievementBands}
            unit="Indicateurs"
            note="Dernier résultat saisi de chaque indicateur, rapporté à sa cible annuelle."
          />
          {stats.achievements.length > 0 ? (
            <section className="panel" aria-labelledby="achievements-title">
              <h2 id="achievements-title">Indicateurs, du moins au plus atteint</h2>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Convention</th>
                    <th scope="col">Indicateur</th>
                    <th scope="col">Période</th>
                    <th scope="col" className="number">
                      Résultat
                    </th>
                    <th scope="col" className="number">
                      Cible
                    </th>
                    <th scope="col" className="number">
                      Atteinte
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.achievements.map((entry) => (
                    <tr key={`${entry.agreementId}-${entry.indicatorLabel}`}>
                      <th scope="row">
                        <Link to={`/conventions/${entry.agreementId}/suivi#resultats`}>
                          {entry.reference}
                        </Link>
                      </th>
                      <td>{entry.indicatorLabel}</td>
                      <td>{entry.periodLabel}</td>
                      <td className="number">{number.format(entry.value)}</td>
                      <td className="number">{number.format(entry.target)}</td>
                      <td className="number">{entry.percent} %</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </div>
      ) : null}
    </>
  )
}
