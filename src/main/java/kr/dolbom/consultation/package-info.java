/**
 * Consultations (상담): every contact with a resident — the initial consultation (초기상담) that opens
 * a case, desk counselling, outreach, monitor and health visits — with its route (발굴경로), the
 * problems per need domain and household member, and the client's own priorities. Also owns the
 * need domains, the reference data that assessments share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation", allowedDependencies = { "shared", "org", "people", "audit", "deadline" })
package kr.dolbom.consultation;
