/**
 * The values of a contentlayer document or nested type, without what contentlayer adds to
 * every one (`_id`, `_raw`, `type`): what the build stages and what a reader of the source
 * makes. Lists and nested types are stripped all the way down.
 */
export type DocumentFields<T> = T extends readonly (infer Item)[]
  ? DocumentFields<Item>[]
  : T extends object
    ? { [Key in keyof T as Key extends '_id' | '_raw' | 'type' ? never : Key]: DocumentFields<T[Key]> }
    : T
