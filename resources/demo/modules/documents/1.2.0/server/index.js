'use strict';
// Documents 1.2.0: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/documents');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'documents', version: '1.2.0' }));
  return router;
};
