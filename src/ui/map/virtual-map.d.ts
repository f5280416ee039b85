declare module 'virtual:dmz-map/peninsula' {
  const frame: import('./types').MapFrame;
  export default frame;
}
declare module 'virtual:dmz-map/border' {
  const frame: import('./types').MapFrame;
  export default frame;
}
declare module 'virtual:dmz-places' {
  const index: import('./types').PlaceIndex;
  export default index;
}
