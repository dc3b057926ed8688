import { taxonomyRoute } from '../../../_site/taxonomy-route'

/** /categories/, /categories/<term>/ and its pagers (app/_site/taxonomy-route.tsx). */
const route = taxonomyRoute('categories')

export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
