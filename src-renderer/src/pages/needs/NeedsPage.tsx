import { Link } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function NeedsPage() {
  return (
    <>
      <PageHeader title="Besoins locaux" />
      <EmptyState
        title="Aucun besoin local enregistré"
        action={
          <Link className="button" to="/partenaires">
            Voir les partenaires
          </Link>
        }
      >
        <p>
          Tout partenariat répond à un besoin local : un service qui manque, un public à atteindre, un emploi à
          pérenniser. Notez ici les besoins repérés sur votre territoire, avec la structure qui les porte.
        </p>
      </EmptyState>
    </>
  )
}
