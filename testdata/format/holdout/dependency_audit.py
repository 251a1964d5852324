import re

SEMVER = re.compile(r'^(\d+)\.(\d+)\.(\d+)')

def parse(v):
    m = SEMVER.match(v)
    return tuple(int(x) for x in m.groups()) if m else (0, 0, 0)

def severity_rank(s): return {'critical': 4, 'high': 3, 'medium': 2, 'low': 1}.get(s, 0)

def audit(lockfile):
    findings = []
    for name, version in lockfile['packages'].items():
        for adv in advisories_for(name):
            lo, hi = parse(adv['introduced']), parse(adv['fixed']) if adv.get('fixed') else (999, 0, 0)
            if lo <= parse(version) < hi:
                findings.append({'package': name, 'version': version, 'id': adv['id'], 'severity': adv['severity'], 'fixed_in': adv.get('fixed')})
        latest = latest_version(name)
        if latest and parse(latest)[0] > parse(version)[0]:
            findings.append({'package': name, 'version': version, 'id': 'outdated-major', 'severity': 'low', 'fixed_in': latest})
    return sorted(findings, key = lambda f: (-severity_rank(f['severity']), f['package']))

findings = audit(read_lockfile(repo, 'package-lock.json'))
blocking = [f for f in findings if severity_rank(f['severity']) >= 3]
if blocking:
    comment_on_pull_request(pr_number, '### Dependency audit\n' + '\n'.join(f"- **{f['severity']}** `{f['package']}@{f['version']}` {f['id']} (fixed in {f['fixed_in'] or 'n/a'})" for f in blocking))
{'total': len(findings), 'blocking': len(blocking), 'pass': not blocking}
