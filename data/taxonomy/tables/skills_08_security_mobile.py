"""Security and mobile development."""

SECURITY = """
cybersecurity | Cybersecurity | 80 | cyber security, cyber-security, it security, computer security | networking | information_security, network_security |
information_security | Information Security | 60 | infosec, info sec, information security management, isms | | cybersecurity, data_privacy |
network_security | Network Security | 40 | network defense, network security monitoring, perimeter security | networking | firewalls, cybersecurity |
application_security | Application Security | 40 | appsec, app sec, software security, web application security, web security | | secure_coding, owasp |
cloud_security | Cloud Security | 40 | cloud security posture management, cspm, cnapp, aws security, azure security | cloud_computing | cybersecurity |
devsecops | DevSecOps | 30 | dev sec ops, secdevops, security automation | devops | application_security |
secure_coding | Secure Coding | 20 | secure software development, secure development lifecycle, sdl, secure code review | | owasp, application_security |
owasp | OWASP | 12 | owasp top 10, owasp top ten, owasp asvs, owasp zap, zap proxy | | application_security |
penetration_testing | Penetration Testing | 60 | pen testing, pentesting, pentest, pen test, ethical hacking, web application penetration testing, vapt | networking | vulnerability_management, red_teaming |
red_teaming | Red Teaming | 50 | red team, red team operations, adversary emulation, purple teaming | penetration_testing | threat_hunting |
vulnerability_management | Vulnerability Management | 25 | vulnerability assessment, vulnerability scanning, vulnerability assessments, patch management, cve, cvss | | penetration_testing, nessus |
threat_modeling | Threat Modeling | 15 | threat modelling, stride threat modeling, attack trees, pasta threat modeling | application_security | risk_assessment |
threat_intelligence | Threat Intelligence | 25 | cyber threat intelligence, cti, threat intel, indicators of compromise | | threat_hunting |
threat_hunting | Threat Hunting | 30 | threat detection, detection engineering, hunt operations | siem | threat_intelligence |
incident_response | Incident Response | 30 | security incident response, dfir, csirt, cyber incident response, security incident handling | | digital_forensics, incident_management |
digital_forensics | Digital Forensics | 40 | computer forensics, forensic analysis, memory forensics, encase forensic, ftk, autopsy forensics | | incident_response, malware_analysis |
malware_analysis | Malware Analysis | 50 | malware reverse engineering, static analysis of malware, dynamic malware analysis, sandboxing | assembly | reverse_engineering, digital_forensics |
reverse_engineering | Reverse Engineering | 60 | binary analysis, ida pro, ghidra, disassembly, decompilation, binary exploitation | assembly | malware_analysis |
mitre_attack | MITRE ATT&CK | 10 | mitre att&ck framework, att&ck, mitre attack framework | | threat_intelligence |
siem | SIEM | 25 | security information and event management, siem tools, siem platforms, log correlation | | splunk, microsoft_sentinel, ibm_qradar |
soc_operations | Security Operations | 30 | soc, security operations center, soc operations, secops, soc analyst, security monitoring | siem | incident_response |
microsoft_sentinel | Microsoft Sentinel | 12 | azure sentinel, ms sentinel | siem, azure | splunk, ibm_qradar |
ibm_qradar | IBM QRadar | 12 | qradar, ibm security qradar | siem | splunk |
edr | EDR | 12 | endpoint detection and response, xdr, endpoint protection, endpoint security, epp | | crowdstrike, sentinelone |
crowdstrike | CrowdStrike | 8 | crowdstrike falcon, falcon edr | edr | sentinelone |
sentinelone | SentinelOne | 8 | sentinel one, s1 edr | edr | crowdstrike |
microsoft_defender | Microsoft Defender | 8 | defender for endpoint, microsoft defender for endpoint, mde, defender atp, microsoft 365 defender | edr | crowdstrike |
ids_ips | IDS/IPS | 15 | intrusion detection, intrusion prevention, intrusion detection systems, suricata, zeek, ~snort | network_security | firewalls | intrusion, detection, ids, ips, rules, signatures, suricata, network, alerts, packets
firewalls | Firewalls | 15 | firewall, firewall management, next-generation firewall, ngfw, firewall rules, iptables, firewalld | networking | palo_alto_networks, fortinet |
palo_alto_networks | Palo Alto Networks | 20 | palo alto firewalls, palo alto, pan-os, prisma access, prisma cloud, panorama management | firewalls | fortinet, check_point |
fortinet | Fortinet | 20 | fortigate, fortinet firewalls, fortianalyzer, fortimanager | firewalls | palo_alto_networks |
check_point | Check Point | 20 | checkpoint firewall, check point firewalls, check point software | firewalls | palo_alto_networks |
web_application_firewall | Web Application Firewall | 8 | waf, wafs, modsecurity, imperva, akamai waf, cloudflare waf | application_security | firewalls |
ddos_protection | DDoS Protection | 8 | ddos mitigation, anti-ddos, ddos | network_security | web_application_firewall |
sast | SAST | 8 | static application security testing, static code analysis, static analysis, code scanning | application_security | dast, snyk |
dast | DAST | 8 | dynamic application security testing, dynamic analysis, web vulnerability scanning | application_security | sast |
software_composition_analysis | Software Composition Analysis | 6 | sca, dependency scanning, sbom, software bill of materials, supply chain security | application_security | snyk |
snyk | Snyk | 4 | snyk code, snyk open source | | veracode, checkmarx |
veracode | Veracode | 4 | veracode sast | sast | checkmarx |
checkmarx | Checkmarx | 4 | checkmarx sast, cxsast | sast | veracode |
burp_suite | Burp Suite | 15 | ~burp, burp suite pro, burpsuite, portswigger | penetration_testing | owasp | suite, portswigger, proxy, web, pentest, penetration, scanner, security, intruder, repeater
metasploit | Metasploit | 20 | metasploit framework, msfconsole, meterpreter | penetration_testing | kali_linux |
nmap | Nmap | 6 | network mapper, zenmap, masscan | networking | wireshark |
wireshark | Wireshark | 8 | tshark, packet analysis, packet capture, tcpdump, pcap | networking | nmap |
kali_linux | Kali Linux | 12 | kali, parrot os, parrot security | linux | metasploit |
nessus | Nessus | 6 | tenable nessus, tenable.io, openvas | vulnerability_management | qualys |
qualys | Qualys | 6 | qualys vmdr, qualysguard | vulnerability_management | nessus |
rapid7 | Rapid7 | 6 | rapid7 insightvm, insightidr, nexpose | vulnerability_management | nessus |
cryptography | Cryptography | 40 | encryption, applied cryptography, crypto algorithms, symmetric encryption, public key cryptography, hashing algorithms, rsa encryption, ~AES, aes encryption, aes-256 | | pki, ssl_tls | encryption, encrypt, encrypted, cipher, ciphers, rsa, tls, ssl, keys, key, crypto, cryptography, security, sha, hashing, hmac, pki, decryption
pki | PKI | 15 | public key infrastructure, certificate management, x.509, digital certificates, certificate authority | cryptography | ssl_tls |
ssl_tls | SSL/TLS | 8 | tls, ssl, ssl certificates, tls certificates, mtls, mutual tls, https/tls | | pki |
hsm | HSM | 10 | hardware security modules, hardware security module, thales hsm | cryptography | pki |
identity_access_management | Identity and Access Management | 30 | iam, identity management, access management, identity & access management, idam, rbac, role-based access control, abac, least privilege | | okta, microsoft_entra_id |
privileged_access_management | Privileged Access Management | 15 | cyberark, privileged access, beyondtrust | identity_access_management | |
oauth | OAuth 2.0 | 10 | oauth, oauth2, oauth 2, openid connect, oidc, oauth2/oidc | http | saml, jwt |
saml | SAML | 8 | saml 2.0, saml2, saml sso | | oauth, single_sign_on |
jwt | JWT | 4 | json web tokens, json web token, jwts | | oauth |
single_sign_on | Single Sign-On | 8 | sso, single sign on, federated identity | identity_access_management | saml, oauth |
mfa | Multi-Factor Authentication | 4 | mfa, 2fa, two-factor authentication, multi factor authentication, two factor authentication | | single_sign_on |
okta | Okta | 8 | okta sso, okta identity, okta workforce identity | identity_access_management | auth0, microsoft_entra_id |
auth0 | Auth0 | 5 | auth 0, auth0 by okta | oauth | okta, amazon_cognito |
keycloak | Keycloak | 8 | red hat sso, keycloak sso | oauth | okta |
active_directory | Active Directory | 25 | ms active directory, microsoft active directory, ad ds, group policy, gpo, active directory domain services | windows_server | microsoft_entra_id, ldap |
ldap | LDAP | 8 | openldap, lightweight directory access protocol, ldaps | | active_directory |
zero_trust | Zero Trust | 15 | zero trust architecture, zero-trust, ztna, zero trust network access | network_security | identity_access_management |
data_loss_prevention | Data Loss Prevention | 10 | dlp, data leakage prevention, casb, cloud access security broker | information_security | |
data_privacy | Data Privacy | 20 | privacy engineering, privacy by design, pii handling, personal data protection | | gdpr, information_security |
gdpr | GDPR | 10 | general data protection regulation, eu gdpr, ccpa, dpdp act | data_privacy | hipaa |
hipaa | HIPAA | 8 | hipaa compliance, health insurance portability and accountability act, hitrust | data_privacy | gdpr |
pci_dss | PCI DSS | 10 | pci, pci-dss, pci compliance, payment card industry data security standard | information_security | soc2 |
soc2 | SOC 2 | 8 | soc 2 type ii, soc2 type 2, soc 2 compliance, soc ii | information_security | iso_27001 |
iso_27001 | ISO 27001 | 15 | iso/iec 27001, iso27001, iso 27002, iso 27001 certification | information_security | soc2, nist_frameworks |
nist_frameworks | NIST Frameworks | 15 | nist, nist csf, nist cybersecurity framework, nist 800-53, nist sp 800-53, nist 800-171, cmmc | information_security | iso_27001 |
cis_controls | CIS Controls | 8 | cis benchmarks, cis critical security controls, cis benchmark | information_security | nist_frameworks |
fedramp | FedRAMP | 10 | fedramp authorization, fisma | nist_frameworks | |
grc | Governance, Risk and Compliance | 30 | grc, governance risk and compliance, it governance, security compliance, compliance management, regulatory compliance | | risk_management, iso_27001 |
security_auditing | Security Auditing | 20 | security audits, it audit, it auditing, security assessment, security assessments, audit and compliance | | grc |
risk_assessment | Security Risk Assessment | 15 | cyber risk assessment, security risk analysis, it risk assessment, third-party risk management, vendor risk management, tprm | | grc, threat_modeling |
security_awareness | Security Awareness Training | 8 | phishing simulation, security awareness, social engineering awareness | | |
social_engineering | Social Engineering | 10 | phishing, spear phishing, pretexting | | security_awareness |
osint | OSINT | 15 | open source intelligence, open-source intelligence | | threat_intelligence |
fuzzing | Fuzzing | 15 | fuzz testing, afl++, libfuzzer, fuzzers | | penetration_testing |
container_security | Container Security | 12 | kubernetes security, docker security, image scanning, trivy, aqua security, falco | docker | cloud_security |
email_security | Email Security | 8 | dkim, dmarc, proofpoint, mimecast | | social_engineering |
bug_bounty | Bug Bounty | 20 | bug bounties, hackerone, bugcrowd, responsible disclosure | penetration_testing | |
ctf | Capture the Flag | 20 | ctf, ctfs, capture the flag competitions, hack the box, hackthebox, tryhackme | | penetration_testing |
cissp | CISSP | 120 | certified information systems security professional, isc2 cissp | information_security | cism |
cism | CISM | 80 | certified information security manager, isaca cism | information_security | cissp, cisa_cert |
cisa_cert | CISA | 80 | certified information systems auditor, isaca cisa | security_auditing | cism | isaca, auditor, certified, certification, audit, auditing, systems
comptia_security_plus | CompTIA Security+ | 60 | security+, security plus, comptia security plus, sec+ | | cissp |
ceh | CEH | 60 | certified ethical hacker, ec-council ceh | penetration_testing | oscp |
oscp | OSCP | 150 | offensive security certified professional, offsec oscp, oscp+ | penetration_testing | ceh |
security_architecture | Security Architecture | 50 | enterprise security architecture, sabsa, security design, secure architecture | cybersecurity | zero_trust |
"""

MOBILE = """
mobile_development | Mobile App Development | 80 | mobile development, mobile app development, mobile apps, mobile applications, mobile engineering, app development | | android, ios |
android | Android | 80 | android development, android sdk, android app development, android apps, android native | kotlin | ios, jetpack_compose |
ios | iOS | 80 | ios development, ios sdk, ios app development, ios apps, iphone development, ipados | swift | android, swiftui |
jetpack_compose | Jetpack Compose | 25 | compose ui, android compose, jetpack compose ui | kotlin, android | swiftui, flutter |
android_jetpack | Android Jetpack | 25 | jetpack libraries, android architecture components, livedata, viewmodel, workmanager, navigation component | android | jetpack_compose |
android_room | Room Database | 5 | android room, room persistence library, ~room | android | sqlite | android, persistence, sqlite, database, jetpack, dao, entity, kotlin
retrofit | ~Retrofit | 4 | retrofit2, square retrofit, okhttp | android | alamofire | android, http, api, rest, okhttp, kotlin, java, client, networking, square
dagger_hilt | Dagger/Hilt | 8 | dagger hilt, hilt, dagger 2, dagger2, ~dagger, koin | android | | android, dependency injection, di, kotlin, java, hilt, koin, components
kotlin_coroutines | Kotlin Coroutines | 10 | coroutines, kotlin flow, kotlinx coroutines, coroutines and flow | kotlin | rxjava |
rxjava | RxJava | 12 | rx java, rxandroid, rxkotlin | java | rxjs, kotlin_coroutines |
android_studio | Android Studio | 5 | android studio ide | android | xcode |
swiftui | SwiftUI | 25 | swift ui | swift, ios | jetpack_compose, uikit |
uikit | UIKit | 30 | ui kit, cocoa touch, uikit framework, auto layout | swift, ios | swiftui |
combine_framework | ~Combine | 10 | apple combine, combine framework | swift | rxjava | swift, ios, reactive, publishers, apple, swiftui, subscribers
core_data | Core Data | 10 | coredata, core data framework | ios | realm_db, swiftdata |
swiftdata | SwiftData | 4 | swift data | swiftui | core_data |
xcode | Xcode | 5 | x code, xcode ide | ios | android_studio |
cocoapods | CocoaPods | 3 | cocoa pods, swift package manager, spm, carthage dependency manager | ios | |
alamofire | Alamofire | 3 | alamo fire, urlsession | ios | retrofit |
react_native | React Native | 40 | react-native, reactnative, react native cli | react | flutter, ionic |
expo | ~Expo | 5 | expo go, expo sdk, expo router, eas build | react_native | | react native, react-native, mobile, app, sdk, eas, javascript, managed workflow
flutter | Flutter | 40 | flutter sdk, flutter framework, flutter development, flutterflow | dart | react_native, jetpack_compose |
flutter_bloc | ~BLoC | 6 | bloc pattern, flutter bloc, bloc/cubit, cubit, riverpod, provider pattern | flutter | | flutter, dart, state management, cubit, riverpod, provider, widgets, pattern
xamarin | Xamarin | 30 | xamarin.forms, xamarin forms, xamarin.android, xamarin.ios | csharp | dotnet_maui |
dotnet_maui | .NET MAUI | 30 | ~maui, .net maui, dotnet maui, multi-platform app ui | csharp | xamarin, flutter | .net, dotnet, xamarin, c#, xaml, mobile, cross-platform, app, apps
capacitor | ~Capacitor | 6 | capacitorjs, ionic capacitor | javascript | cordova | ionic, mobile, native, plugins, javascript, app, hybrid, web
cordova | Apache Cordova | 10 | cordova, phonegap, adobe phonegap | javascript | capacitor |
kotlin_multiplatform | Kotlin Multiplatform | 25 | kmp, kmm, kotlin multiplatform mobile, compose multiplatform | kotlin | flutter |
mobile_ui_design | Mobile UI Design | 20 | mobile design, app design, mobile app design, mobile ux | | ui_design |
push_notifications | Push Notifications | 4 | apns, push notification, apple push notification service, onesignal | mobile_development | firebase |
in_app_purchases | In-App Purchases | 6 | iap, in app purchases, storekit, google play billing, subscriptions billing | mobile_development | |
app_store_deployment | App Store Deployment | 6 | app store connect, testflight, app store submission, google play console, play store publishing, app distribution | mobile_development | fastlane |
app_store_optimization | App Store Optimization | 10 | aso, app store seo | | seo |
fastlane | ~Fastlane | 4 | fastlane tools, fastlane match | mobile_development | app_store_deployment | ios, android, ci, builds, deployment, testflight, app store, certificates, signing, mobile
mobile_ci_cd | Mobile CI/CD | 8 | bitrise, codemagic, app center, visual studio app center | ci_cd, mobile_development | fastlane |
arkit | ARKit | 15 | apple arkit, realitykit, arcore, google arcore | ios | augmented_reality |
augmented_reality | AR/VR Development | 40 | ar/vr, augmented reality, virtual reality, mixed reality, xr, extended reality, visionos, oculus, meta quest | | unity, arkit |
core_ml | Core ML | 10 | createml, create ml, apple core ml | ios, machine_learning | tensorflow_lite |
mobile_security | Mobile Security | 15 | mobile application security, owasp masvs, app hardening, certificate pinning | mobile_development | application_security |
bluetooth_le | Bluetooth Low Energy | 10 | ble, bluetooth le, bluetooth, core bluetooth | | iot |
watchos | watchOS | 10 | apple watch development, wear os, wearables development | ios | |
mobile_performance | Mobile Performance Optimization | 10 | app performance, mobile app performance, startup time optimization | mobile_development | |
deep_linking | Deep Linking | 3 | deep links, universal links, app links, dynamic links | mobile_development | |
cocoa_macos | ~Cocoa | 20 | cocoa framework, appkit, macos development, mac app development | objective_c | uikit | macos, mac, apple, objective-c, swift, appkit, xcode, desktop, framework
"""

BLOCKS = [("security", SECURITY), ("mobile", MOBILE)]
