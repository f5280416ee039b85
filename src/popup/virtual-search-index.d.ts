declare module 'virtual:dmz-search-index' {
  const index: import('./search-index').SearchIndexData;
  export default index;
}
