'use strict';
// Trade Desk 3.2.4: registers its routes with the platform core.
module.exports = function register(platform) {
  const router = platform.router('/api/v1/trade-desk');
  router.get('/health', (req, res) => res.json({ status: 'ok', module: 'trade_desk', version: '3.2.4' }));
  return router;
};
