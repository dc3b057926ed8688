import { taxonomyRoute } from '../../../_site/taxonomy-route'

/** /tags/, /tags/<term>/ and its pagers (app/_site/taxonomy-route.tsx). */
const route = taxonomyRoute('tags')

export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
