/**
 * Whether the import takes the files and signatures of this agreement (or of one of its amendments): only those of
 * agreements it really accepts, never those of one kept « garder la mienne », outdated, refused, or signed here.
 */
export type EvidenceFilter = (reference: string, amendmentNumber: number | null) => boolean
