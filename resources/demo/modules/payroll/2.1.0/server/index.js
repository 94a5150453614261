'use strict';
// Payroll 2.1.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/payroll');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'payroll', version: '2.1.0' }));
  return router;
};
