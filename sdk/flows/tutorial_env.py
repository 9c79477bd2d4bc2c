"""The tutorial's .env (KFP_ENDPOINT, KFP_NAMESPACE, KUBE_USER, KUBE_PW) and get_access_token().

get_access_token() trades the user's name and password for an access token at the identity provider
(Keycloak's direct access grant, grant_type=password). KEYCLOAK_TOKEN_URL and KEYCLOAK_CLIENT_ID
default to the local emulator's identity provider and its script client.
"""
import json
import os
import urllib.parse
import urllib.request


def load_env(path: str = '.env') -> None:
    """Reads KEY=VALUE lines (quotes optional) into os.environ, like python-dotenv's load_dotenv."""
    if not os.path.exists(path):
        return
    with open(path) as env_file:
        for line in env_file:
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, value = line.split('=', 1)
            os.environ.setdefault(key.strip(), value.strip().strip('\'"'))


def get_access_token() -> str:
    token_url = os.environ.get('KEYCLOAK_TOKEN_URL', 'http://127.0.0.1:5556/token')
    body = urllib.parse.urlencode({
        'grant_type': 'password',
        'client_id': os.environ.get('KEYCLOAK_CLIENT_ID', 'kfp-cli'),
        'username': os.environ['KUBE_USER'],
        'password': os.environ['KUBE_PW'],
    }).encode()
    request = urllib.request.Request(
        token_url, data=body, headers={'Content-Type': 'application/x-www-form-urlencoded'})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)['access_token']
