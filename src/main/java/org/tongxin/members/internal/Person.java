package org.tongxin.members.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.tongxin.shared.person.Gender;

/**
 * A person in the registry. ID number and phone are held only as ciphertext, keyed hash and mask
 * (see {@link SensitiveFields}); the values are set through {@link #apply}, after
 * {@link PersonRules} checked them. Indexed for search as {@link PersonDocument} describes.
 */
@Entity
@Table(name = "members_person")
@Indexed(index = "person")
@TypeBinding(binder = @TypeBinderRef(type = PersonDocument.class, retrieval = BeanRetrieval.BEAN))
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private String unitPath;

	private String name;

	private String nameKey;

	private String nameInitials;

	private String nameSpaced;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private LocalDate birthDate;

	private String ethnicity;

	private String idNumberEnc;

	private String idNumberHash;

	private String idNumberMask;

	private String phoneEnc;

	private String phoneHash;

	private String phoneMask;

	private String education;

	private String workUnit;

	private String post;

	private String politicalAffiliation;

	private String religion;

	private String expertise;

	private String awards;

	private String notes;

	private Long liaisonUserId;

	@ElementCollection
	@CollectionTable(name = "members_person_category", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "category")
	private Set<String> categories = new TreeSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Person() {
	}

	Person(Instant now) {
		this.createdAt = now;
	}

	/** Takes checked values; the sensitive ones arrive sealed. */
	void apply(PersonValues values, SensitiveFields.Sealed idNumber, SensitiveFields.Sealed phone, Instant now) {
		this.unitId = values.unit().id();
		this.unitPath = values.unit().path();
		this.name = values.name();
		this.nameKey = values.nameKey();
		this.nameInitials = values.nameInitials();
		this.nameSpaced = values.nameSpaced();
		this.gender = values.gender();
		this.birthDate = values.birthDate();
		this.ethnicity = values.ethnicity();
		this.idNumberEnc = idNumber.ciphertext();
		this.idNumberHash = idNumber.hash();
		this.idNumberMask = idNumber.mask();
		this.phoneEnc = phone.ciphertext();
		this.phoneHash = phone.hash();
		this.phoneMask = phone.mask();
		this.education = values.education();
		this.workUnit = values.workUnit();
		this.post = values.post();
		this.politicalAffiliation = values.politicalAffiliation();
		this.religion = values.religion();
		this.expertise = values.expertise();
		this.awards = values.awards();
		this.notes = values.notes();
		this.liaisonUserId = values.liaisonUserId();
		this.categories.clear();
		this.categories.addAll(values.categories());
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public String getName() {
		return name;
	}

	public Gender getGender() {
		return gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public String getNameKey() {
		return nameKey;
	}

	public String getNameInitials() {
		return nameInitials;
	}

	public String getIdNumberEnc() {
		return idNumberEnc;
	}

	public String getIdNumberHash() {
		return idNumberHash;
	}

	public String getIdNumberMask() {
		return idNumberMask;
	}

	public String getPhoneEnc() {
		return phoneEnc;
	}

	public String getPhoneMask() {
		return phoneMask;
	}

	public String getEducation() {
		return education;
	}

	public String getWorkUnit() {
		return workUnit;
	}

	public String getPost() {
		return post;
	}

	public String getPoliticalAffiliation() {
		return politicalAffiliation;
	}

	public String getReligion() {
		return religion;
	}

	public String getExpertise() {
		return expertise;
	}

	public String getAwards() {
		return awards;
	}

	public String getNotes() {
		return notes;
	}

	public Long getLiaisonUserId() {
		return liaisonUserId;
	}

	public Set<String> getCategories() {
		return categories;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
