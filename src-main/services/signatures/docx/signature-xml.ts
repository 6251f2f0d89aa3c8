import { RELATIONSHIP_TRANSFORM, SHA256_URI, type ManifestEntry } from './manifest'

export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#'
export const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315'
const MDSSI_NS = 'http://schemas.openxmlformats.org/package/2006/digital-signature'
const OFFICE_DIGSIG_NS = 'http://schemas.microsoft.com/office/2006/digsig'
const XADES_NS = 'http://uri.etsi.org/01903/v1.3.2#'

export const SIGNATURE_METHODS = {
  rsa: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  ec: 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256'
} as const

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export interface SignatureTemplate {
  keyKind: keyof typeof SIGNATURE_METHODS
  manifest: Array<ManifestEntry & { digest: string }>
  certificateBase64: string
  certificateDigest: string
  issuerName: string
  serialNumber: string
  /** `2026-11-28T13:05:00Z`: seconds, UTC, as Word writes it. */
  signingTime: string
  /** Shown by Word as the purpose of the signature. */
  comments: string
}

const digest = (value = '') => `<DigestMethod Algorithm="${SHA256_URI}"/><DigestValue>${value}</DigestValue>`

function manifestReference(entry: SignatureTemplate['manifest'][number]): string {
  const transforms = entry.relationshipIds
    ? `<Transforms><Transform Algorithm="${RELATIONSHIP_TRANSFORM}">${entry.relationshipIds
        .map((id) => `<mdssi:RelationshipReference xmlns:mdssi="${MDSSI_NS}" SourceId="${escapeXml(id)}"/>`)
        .join('')}</Transform><Transform Algorithm="${C14N}"/></Transforms>`
    : ''
  return `<Reference URI="${escapeXml(entry.uri)}">${transforms}${digest(entry.digest)}</Reference>`
}

/**
 * The XML of an Office package signature, element for element as LibreOffice's OOXMLSecExporter and Apache POI
 * write it (package object with the manifest and signing time, Office details, XAdES signed properties). The
 * digests of the three objects and the signature value are left empty, to be computed over this very XML.
 */
export function signatureXml(template: SignatureTemplate): string {
  const officeDetails = [
    '<SetupID/><SignatureText/><SignatureImage/>',
    `<SignatureComments>${escapeXml(template.comments)}</SignatureComments>`,
    '<WindowsVersion>10.0</WindowsVersion><OfficeVersion>16.0</OfficeVersion>',
    '<ApplicationVersion>16.0</ApplicationVersion><Monitors>1</Monitors>',
    '<HorizontalResolution>1920</HorizontalResolution><VerticalResolution>1080</VerticalResolution>',
    '<ColorDepth>32</ColorDepth><SignatureProviderId>{00000000-0000-0000-0000-000000000000}</SignatureProviderId>',
    '<SignatureProviderUrl/><SignatureProviderDetails>9</SignatureProviderDetails><SignatureType>1</SignatureType>',
    `<ManifestHashAlgorithm>${SHA256_URI}</ManifestHashAlgorithm>`
  ].join('')
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<Signature xmlns="${DSIG_NS}" Id="idPackageSignature">`,
    `<SignedInfo><CanonicalizationMethod Algorithm="${C14N}"/>`,
    `<SignatureMethod Algorithm="${SIGNATURE_METHODS[template.keyKind]}"/>`,
    `<Reference Type="${DSIG_NS}Object" URI="#idPackageObject">${digest()}</Reference>`,
    `<Reference Type="${DSIG_NS}Object" URI="#idOfficeObject">${digest()}</Reference>`,
    `<Reference Type="http://uri.etsi.org/01903#SignedProperties" URI="#idSignedProperties">`,
    `<Transforms><Transform Algorithm="${C14N}"/></Transforms>${digest()}</Reference>`,
    '</SignedInfo><SignatureValue></SignatureValue>',
    `<KeyInfo><X509Data><X509Certificate>${template.certificateBase64}</X509Certificate></X509Data></KeyInfo>`,
    `<Object Id="idPackageObject"><Manifest>${template.manifest.map(manifestReference).join('')}</Manifest>`,
    '<SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#idPackageSignature">',
    `<mdssi:SignatureTime xmlns:mdssi="${MDSSI_NS}"><mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format>`,
    `<mdssi:Value>${template.signingTime}</mdssi:Value></mdssi:SignatureTime>`,
    '</SignatureProperty></SignatureProperties></Object>',
    '<Object Id="idOfficeObject"><SignatureProperties>',
    '<SignatureProperty Id="idOfficeV1Details" Target="#idPackageSignature">',
    `<SignatureInfoV1 xmlns="${OFFICE_DIGSIG_NS}">${officeDetails}</SignatureInfoV1>`,
    '</SignatureProperty></SignatureProperties></Object>',
    `<Object><xd:QualifyingProperties xmlns:xd="${XADES_NS}" Target="#idPackageSignature">`,
    '<xd:SignedProperties Id="idSignedProperties"><xd:SignedSignatureProperties>',
    `<xd:SigningTime>${template.signingTime}</xd:SigningTime>`,
    `<xd:SigningCertificate><xd:Cert><xd:CertDigest>${digest(template.certificateDigest)}</xd:CertDigest>`,
    `<xd:IssuerSerial><X509IssuerName>${escapeXml(template.issuerName)}</X509IssuerName>`,
    `<X509SerialNumber>${template.serialNumber}</X509SerialNumber></xd:IssuerSerial></xd:Cert></xd:SigningCertificate>`,
    '<xd:SignaturePolicyIdentifier><xd:SignaturePolicyImplied/></xd:SignaturePolicyIdentifier>',
    '</xd:SignedSignatureProperties></xd:SignedProperties></xd:QualifyingProperties></Object>',
    '</Signature>'
  ].join('')
}
