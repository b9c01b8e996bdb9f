// Prints the Debian packages the WordPress tests need and this machine lacks (for .ci/run).
import { missingPackages } from './servers.mjs';

console.log(missingPackages().join(' '));
