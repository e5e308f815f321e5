// bottleneck ships types for its full build only; light.js (what the Octokit plugins load) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
