import { Link } from 'react-router'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

export function AgreementsPage() {
  return (
    <>
      <PageHeader title="Conventions" />
      <EmptyState
        title="Aucune convention pour le moment"
        action={
          <Link className="button button--primary" to="/partenaires/nouveau">
            Enregistrer un partenaire
          </Link>
        }
      >
        <p>
          Une convention part d'un besoin local et d'une structure partenaire. Commencez par enregistrer la structure
          avec laquelle vous travaillez : vous pourrez ensuite rédiger la convention pas à pas.
        </p>
      </EmptyState>
    </>
  )
}
