declare module 'virtual:dmz-dataset' {
  const data: import('./validate').Dataset;
  export default data;
}
