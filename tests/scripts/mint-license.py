#!/usr/bin/python3
"""Mints license keys for the tests with a standard JWT library (PyJWT + cryptography).

    mint-license.py keygen --private KEY.pem --jwk KEY.jwk [--kid KID]
        Creates an Ed25519 vendor key: the private half as PKCS#8 PEM, the public half as a
        JWK (kty OKP, crv Ed25519, x, and kid when given).

    mint-license.py mint --alg ALG [--key KEY.pem] [--kid KID] [--header JSON]  < claims.json
        Prints a JWT over the JSON claims read from stdin. ALG is EdDSA (with --key, an
        Ed25519 PEM), HS256 (--key is the HMAC secret, any file), RS256 (a fresh RSA key) or
        none (unsigned). --header adds header fields.

The shebang names Debian's interpreter on purpose: python3-jwt and python3-cryptography are
installed for it, not for a python3 that another tool may put first in PATH.
"""

import argparse
import json
import sys

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa


def b64url(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def keygen(args: argparse.Namespace) -> int:
    private = ed25519.Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with open(args.private, "wb") as f:
        f.write(pem)
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw)}
    if args.kid:
        jwk["kid"] = args.kid
    with open(args.jwk, "w") as f:
        json.dump(jwk, f)
    return 0


def mint(args: argparse.Namespace) -> int:
    claims = json.load(sys.stdin)
    headers = json.loads(args.header) if args.header else {}
    if args.kid:
        headers["kid"] = args.kid
    if args.alg == "EdDSA":
        with open(args.key, "rb") as f:
            key = serialization.load_pem_private_key(f.read(), password=None)
    elif args.alg == "HS256":
        with open(args.key, "rb") as f:
            key = f.read()
    elif args.alg == "RS256":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    elif args.alg == "none":
        key = None
    else:
        print(f"mint-license.py: unsupported --alg {args.alg}", file=sys.stderr)
        return 2
    token = jwt.encode(claims, key, algorithm=args.alg, headers=headers or None)
    sys.stdout.write(token)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    k = commands.add_parser("keygen")
    k.add_argument("--private", required=True)
    k.add_argument("--jwk", required=True)
    k.add_argument("--kid")
    m = commands.add_parser("mint")
    m.add_argument("--alg", required=True)
    m.add_argument("--key")
    m.add_argument("--kid")
    m.add_argument("--header")
    args = parser.parse_args()
    return keygen(args) if args.command == "keygen" else mint(args)


if __name__ == "__main__":
    sys.exit(main())
