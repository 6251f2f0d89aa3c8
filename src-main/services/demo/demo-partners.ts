import type { PartnerInput } from '../../shared/schemas/partner.schema'

/** Sample partner structures of the kinds the Alliance Dynamique article names; head networks by acronym. */
export const DEMO_PARTNERS: ReadonlyArray<
  Omit<PartnerInput, 'headNetworkId'> & { headNetwork: string | null }
> = [
  {
    name: 'ADMR de la Vallée du Lot',
    legalForm: 'association-1901',
    statuses: [],
    managingBodyName: '',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '44012345300019',
    rna: 'W473001234',
    addressLine: '12 rue de la République',
    postalCode: '47300',
    commune: 'Villeneuve-sur-Lot',
    headNetwork: 'ADMR',
    labelled: true,
    generalInterest: true,
    contacts: [
      {
        name: 'Martine Delpech',
        role: 'Présidente',
        email: 'm.delpech@admr47.example.org',
        phone: '05 53 40 12 34',
        maySign: true
      },
      {
        name: 'Julien Causse',
        role: 'Responsable portage de repas',
        email: 'j.causse@admr47.example.org',
        phone: '06 12 34 56 78',
        maySign: false
      }
    ]
  },
  {
    name: 'Banque alimentaire de la Gironde',
    legalForm: 'association-1901',
    statuses: [],
    managingBodyName: '',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '33456789800013',
    rna: 'W332004567',
    addressLine: '4 rue Jean Moulin',
    postalCode: '33520',
    commune: 'Bruges',
    headNetwork: 'FFBA',
    labelled: true,
    generalInterest: true,
    contacts: [
      {
        name: 'Bernard Lafitte',
        role: 'Président',
        email: 'b.lafitte@ba33.example.org',
        phone: '05 56 12 34 56',
        maySign: true
      },
      {
        name: 'Sophie Arnaud',
        role: 'Responsable logistique',
        email: 's.arnaud@ba33.example.org',
        phone: '07 81 22 33 44',
        maySign: false
      }
    ]
  },
  {
    name: 'ESAT Les Ateliers du Médoc',
    legalForm: 'association-1901',
    statuses: ['esat'],
    managingBodyName: 'Association Les Papillons blancs du Médoc',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '33210987500010',
    rna: '',
    addressLine: 'Zone artisanale du Pont',
    postalCode: '33250',
    commune: 'Pauillac',
    headNetwork: 'ANDICAT',
    labelled: false,
    generalInterest: false,
    contacts: [
      {
        name: 'Hélène Mauriac',
        role: 'Directrice de l’ESAT, dûment habilitée par délégation du président de l’association',
        email: 'direction@esat-medoc.example.org',
        phone: '05 56 59 00 11',
        maySign: true
      }
    ]
  },
  {
    name: 'Connect’Solidaire Landes',
    legalForm: 'association-1901',
    statuses: [],
    managingBodyName: '',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '40567812900017',
    rna: 'W402003456',
    addressLine: '8 place Saint-Roch',
    postalCode: '40000',
    commune: 'Mont-de-Marsan',
    headNetwork: 'EMMAUS-CONNECT',
    labelled: true,
    generalInterest: true,
    contacts: [
      {
        name: 'Nadia Lacoste',
        role: 'Présidente',
        email: 'presidence@connect-landes.example.org',
        phone: '05 58 46 20 30',
        maySign: true
      },
      {
        name: 'Karim Benali',
        role: 'Coordinateur inclusion numérique',
        email: 'karim@connect-landes.example.org',
        phone: '06 45 67 89 10',
        maySign: false
      }
    ]
  },
  {
    name: 'Association L’Épicerie du Bourg',
    legalForm: 'association-1901',
    statuses: [],
    managingBodyName: '',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '64901234100016',
    rna: 'W643001122',
    addressLine: '2 place du Marché',
    postalCode: '64390',
    commune: 'Sauveterre-de-Béarn',
    headNetwork: 'FR',
    labelled: false,
    generalInterest: false,
    contacts: [
      {
        name: 'Anne Etcheverry',
        role: 'Présidente',
        email: 'epicerie.bourg@example.org',
        phone: '05 59 38 50 00',
        maySign: true
      }
    ]
  },
  {
    name: 'Recyclerie du Pays basque',
    legalForm: 'scic',
    statuses: ['esus'],
    managingBodyName: '',
    shareCapitalCents: 4_500_000,
    rcsCity: 'Bayonne',
    siret: '64234567200017',
    rna: '',
    addressLine: '15 allée Marines',
    postalCode: '64100',
    commune: 'Bayonne',
    headNetwork: 'RESSOURCERIES',
    labelled: false,
    generalInterest: false,
    contacts: [
      {
        name: 'Peio Larralde',
        role: 'Gérant',
        email: 'peio@recyclerie-pb.example.org',
        phone: '05 59 25 11 22',
        maySign: true
      }
    ]
  },
  {
    name: 'Atlantique Services Adaptés',
    legalForm: 'sas',
    statuses: ['adapted-enterprise'],
    managingBodyName: '',
    shareCapitalCents: 1_000_000,
    rcsCity: 'Bordeaux',
    siret: '33789012300017',
    rna: '',
    addressLine: '30 avenue de l’Aéroport',
    postalCode: '33700',
    commune: 'Mérignac',
    headNetwork: 'UNEA',
    labelled: false,
    generalInterest: false,
    contacts: [
      {
        name: 'Claire Dubos',
        role: 'Directrice générale',
        email: 'c.dubos@asa33.example.org',
        phone: '05 57 00 11 22',
        maySign: true
      }
    ]
  },
  {
    name: 'Jardins d’insertion de Pessac',
    legalForm: 'association-1901',
    statuses: ['siae'],
    managingBodyName: '',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '33612345000015',
    rna: '',
    addressLine: 'Chemin du Bourgailh',
    postalCode: '33600',
    commune: 'Pessac',
    headNetwork: 'FEI',
    labelled: false,
    generalInterest: false,
    contacts: [
      {
        name: 'Françoise Garat',
        role: 'Présidente',
        email: 'presidence@jardins-pessac.example.org',
        phone: '05 56 36 40 50',
        maySign: true
      },
      {
        name: 'Thomas Ribeiro',
        role: 'Encadrant technique',
        email: 't.ribeiro@jardins-pessac.example.org',
        phone: '06 98 76 54 32',
        maySign: false
      }
    ]
  },
  {
    name: 'Communauté Emmaüs de Bayonne',
    legalForm: 'association-1901',
    statuses: [],
    managingBodyName: '',
    shareCapitalCents: null,
    rcsCity: '',
    siret: '64378125600018',
    rna: 'W643004471',
    addressLine: '22 chemin de Laborde',
    postalCode: '64100',
    commune: 'Bayonne',
    headNetwork: 'EMMAUS',
    labelled: true,
    generalInterest: true,
    contacts: [
      {
        name: 'Jean-Michel Ospital',
        role: 'Président',
        email: 'president@emmaus-bayonne.example.org',
        phone: '05 59 55 12 13',
        maySign: true
      }
    ]
  }
]
