import { taxonomyRoute } from '@/components/lists/taxonomy-route'

/** /categories/, /categories/<term>/ and its pagers (components/lists/taxonomy-route.tsx). */
const route = taxonomyRoute('categories')

export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
