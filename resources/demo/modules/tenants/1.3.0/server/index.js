'use strict';
// Tenant Management 1.3.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/tenants');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'tenants', version: '1.3.0' }));
  return router;
};
